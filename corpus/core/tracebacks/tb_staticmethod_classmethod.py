class Parser:
    @classmethod
    def parse(cls, text):
        return cls.convert(text)
    @staticmethod
    def convert(text):
        return int(text)
print(Parser.parse("12"))
Parser.parse("twelve")
