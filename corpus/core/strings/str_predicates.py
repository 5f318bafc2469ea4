for t in ["abc", "123", "abc123", "   ", "", "ABC", "Ab1 ", "٣", "½", "x_y"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isnumeric(), t.isdecimal(), t.isidentifier())
