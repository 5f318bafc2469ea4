x = uf"text"
