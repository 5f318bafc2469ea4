items = ["🐍🐍", "🎉" x]
