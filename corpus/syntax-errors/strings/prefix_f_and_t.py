x = ft"text"
