global True
