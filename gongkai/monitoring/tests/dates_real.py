# ruff: noqa: E501  (page text kept on its lines)
"""The date finder on text from real government web pages: the latest date each page prints.

The pages were found with a public web-page search (column and article pages of government
sites; none from Fujian). Each case keeps the page's date-bearing lines as printed (the date
formats, labels and neighbouring numbers untouched) with the prose between them shortened. The
expected date is the page's latest publication date, read by hand: an expiry date (废止时间) or
a date something takes effect (自…起施行) is not a publication. ``None``: the page prints none.

The tuning part shaped the finder's rules; the held-out part was not used for that.
Run: python -m gongkai.monitoring.tests.dates_real
"""

from datetime import date

TODAY = date(2026, 12, 6)

TUNING = [
    (
        "shanghai.gov.cn/nw12344/20230331/…",
        "2022年上海市政府信息公开工作年度报告\n字号:\n"
        "本年度报告……所列数据统计期限为2022年1月1日至12月31日。本年度报告电子版可从"
        "上海市人民政府网站下载。\n一、总体情况\n2022年,上海市……",
        date(2022, 12, 31),
    ),
    (
        "kailu.gov.cn/xwzx/xzdt/202505/…",
        "当前位置: 首页>新闻中心>乡镇动态\n全县生态保护大会……召开\n发布时间:\n2025-05-22 10:03\n"
        "信息来源:\n今日开鲁\n分享到:\n5月21日,全县生态保护大会……召开。",
        date(2025, 5, 22),
    ),
    (
        "zb.gov.cn/zbxzf/xzfwj/202404/…",
        "镇巴县人民政府工作规则\n• 索引号:\n6107280000/2024-001005\n• 发文字号:\n镇政发〔2024〕7号\n"
        "• 发文日期:\n2024年04月06日 16:40\n• 有效性:\n• 发布日期:\n2024年04月06日 16:34\n",
        date(2024, 4, 6),
    ),
    (
        "(mirror of a 市人民政府 rules list) gzk_list.shtml",
        "序号标题下载\n1 (2019年9月19日市政府令第1号公布  根据2021年2月22日第一次修订) 下载文字版\n"
        "2 (2019年12月12日市政府令第2号公布  自2020年1月12日起施行) 下载文字版\n"
        "3 (2021年2月22日市政府令第3号公布  自2021年3月24日起施行) 下载文字版",
        date(2021, 2, 22),
    ),
    (
        "zwgkw.thx.gov.cn/openness/detail/content/…",
        "首页 > 太湖县人民政府办公室信息公开 > 信息浏览\n索引号: 003129766/201901-00336\n"
        "生成日期: 2019-01-23 文号:\n发文日期: 2019-01-23 生效时间: 2019-01-23\n"
        "废止时间: 2020-01-23 名称: ……的通知\n浏览次数: 590\n"
        "《……工作规则》已经2019年1月4日县政府第三次全体会议通过\n太湖县人民政府\n2019年1月17日",
        date(2019, 1, 23),
    ),
    (
        "qqhr.gov.cn/News_showGkmlNews.action?…",
        "索   引   号 20191202-189769 分        类 其他\n发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n"
        "文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02\n……\n齐齐哈尔市人民政府办公室\n"
        "2019年11月29日",
        date(2019, 12, 2),
    ),
]

HELD_OUT = [
    (
        "ww.gov.cn/openness/public/…",
        "市政府将《政府信息公开条例》列入市政府常务会学习\n发布时间:2022-07-25 20:21信息来源: 无为市人民政府"
        "阅读次数: 字体:\n2022年7月24日,市长……主持召开市政府第8次常务会议。",
        date(2022, 7, 25),
    ),
    (
        "jiyang.gov.cn/gongkai/channel_…/doc_….html",
        "无障碍浏览\n简体版 繁体版\n【简明问答5】2023年济南市济阳区政务公开工作要点\n发布日期: 2023.07.28\n"
        "字体:\n问:今年政务公开工作要点跟往年相比,有什么变化吗?",
        date(2023, 7, 28),
    ),
    (
        "qhdhgq.gov.cn/article_show.aspx?id=690",
        "政务公开\n政府动态\n当前位置:首页>政府动态\n区政府各部门积极参加清雪活动\n"
        "2010/1/6 16:43:13 次浏览 分类:政府动态    来源:\n13日,一场瑞雪……",
        date(2010, 1, 6),
    ),
    (
        "nanxian.gov.cn/jc_nx/187/195/…",
        "归档时间:2023-06-15\n当前位置: 首页 > 公开领域 > 城乡规划\n……2018年度整体支出 绩效评价报告\n"
        "依据……(湘政发【2012】33号)、……(南财绩【2019】7号)等文件的规定",
        date(2023, 6, 15),
    ),
    (
        "haikou.gov.cn/hkszfgb/2011nd5q/201106/…",
        "关于印发《海口市人民政府工作规则》的通知\n2011-06-18 00:00:00 来源: 本站原创\n海府〔2011〕33号\n"
        "《海口市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过\n二○一一年四月八日",
        date(2011, 6, 18),
    ),
    (
        "info.taian.gov.cn/qx/nyx/zfxxgk/zfwj/…",
        "发布日期:2017年03月13日 信息来源:\n……关于印发《宁阳县粮食应急预案》的通知\n宁政办发〔2017〕8号\n"
        "宁阳县人民政府办公室\n2017年2月10日\n1.1 编制目的\n1.2 编制依据\n5.1 粮食生产\n6.4 奖励和处罚",
        date(2017, 3, 13),
    ),
    (
        "pingjiang.gov.cn/35048/40718/…",
        "归档时间:2018-11-21\n当前位置: 首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规\n"
        "来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:\n……\n2017年1月10日\n"
        "到 2020 年,全市政务公开工作总体水平迈上新台阶",
        date(2018, 11, 21),
    ),
]


def score(cases) -> tuple[int, list[str]]:
    from gongkai.monitoring.dates import latest_date

    wrong = []
    for source, text, expected in cases:
        found = latest_date(text, today=TODAY)
        if found != expected:
            wrong.append(f"{source}: found {found}, expected {expected}")
    return len(cases) - len(wrong), wrong


def main() -> None:
    for name, cases in (("tuning", TUNING), ("held-out", HELD_OUT)):
        right, wrong = score(cases)
        print(f"{name}: {right}/{len(cases)} pages, latest date right")
        for line in wrong:
            print("  " + line)


if __name__ == "__main__":
    main()
