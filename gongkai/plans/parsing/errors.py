"""Errors raised by the work-plan parser, with messages users can read."""


class ParseError(Exception):
    """A document could not be parsed; ``str(error)`` is a Chinese message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


EMPTY = "文件为空，请选择有内容的文件。"
TOO_LARGE = "文件超过 20 MB，无法解析，请拆分后再上传。"
UNSUPPORTED = "不支持的文件类型“{ext}”，请上传 .txt、.docx、.html 或 .pdf 文件。"
NOT_DOCX = (
    "该文件不是有效的 Word（.docx）文件，可能已损坏或是旧版 .doc 格式，请另存为 .docx 后再上传。"
)
PDF_NO_TEXT = "该PDF没有可提取的文字层，可能是扫描件，请上传带文字层的PDF或Word文件。"
PDF_BROKEN = "无法读取该PDF文件，文件可能已损坏或已加密。"
NO_TEXT = "未能从文件中读取到文字内容，请检查文件。"
NO_NUMBERING = (
    "未识别到任务编号（如“一、”“（一）”“1.”），无法分解任务，"
    "请检查文件是否为工作要点或任务分解方案。"
)
BAD_ENCODING = "无法识别文件的文字编码，请另存为 UTF-8 编码的文本文件后再上传。"
NOT_FOUND = "找不到文件：{path}"
