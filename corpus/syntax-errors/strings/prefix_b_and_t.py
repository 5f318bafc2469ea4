x = tb"text"
