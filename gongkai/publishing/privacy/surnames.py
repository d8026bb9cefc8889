"""Common Chinese surnames (single and compound) used as evidence for personal names."""

from __future__ import annotations

# About 400 of the most frequent single-character surnames; rare ones are left out on
# purpose because each of them is also an ordinary word start (经, 以, 于是…).
_SINGLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
    "卿国狄平索宣晋初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅利呼揭干尉冶斯束檀展昝智幸奉植衡富尧闭"
)

#: The same surnames as traditional characters write them (Taiwan, Hong Kong, older pages).
_TRADITIONAL = (
    "劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐"
    "關蘭紀畢駱藍饒陽時農繆車項連蘆麥婁竇黨費衛應閔鄔邊師欒榮鞏遲鄺談荊樂儲勞諶藺樓盤滿聞厲"
    "闞權強帥樸蓋練豐張"
)

SINGLE_SURNAMES: frozenset[str] = frozenset(_SINGLE + _TRADITIONAL)

COMPOUND_SURNAMES: frozenset[str] = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 "
    "令狐 端木 独孤 南宫 西门 百里 呼延 万俟 钟离 闻人 赫连 澹台 申屠 公羊 "
    "太史 濮阳 淳于 单于 宗政 仲孙 东郭 司空 闾丘 子车 亓官 司寇 巫马 公西 "
    "颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 拓跋 夹谷 轩丘 段干 东门 左丘 梁丘 "
    "第五 鲜于 羊舌 微生 公冶 太叔 申叔 ".split()
)


def surname_of(token: str) -> str:
    """Return the surname a token starts with ('' if none): compound surnames first."""
    if token[:2] in COMPOUND_SURNAMES and len(token) >= 3:
        return token[:2]
    if token[:1] in SINGLE_SURNAMES:
        return token[:1]
    return ""
