import re
pattern = re.compile("\w+\.\s")
