# str.isidentifier: XID_Start/XID_Continue, underscore, keywords are identifiers
for s in ["abc", "_", "_1", "1a", "", "a-b", "class", "None", "é", "中文", "a b", "℘", "℮", "x\u0301", "\u0301x", "𝔘𝔫𝔦", "a😀", "ªº", "·", "a·"]:
    print(repr(s), s.isidentifier())
