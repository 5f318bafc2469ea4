x = ut"text"
