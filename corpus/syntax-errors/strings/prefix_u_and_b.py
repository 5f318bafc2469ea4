x = bu"text"
