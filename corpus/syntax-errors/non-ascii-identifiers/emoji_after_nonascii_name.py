größe = 🐍
