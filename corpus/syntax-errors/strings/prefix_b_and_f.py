x = fb"text"
