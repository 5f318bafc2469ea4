x = rr"text"
