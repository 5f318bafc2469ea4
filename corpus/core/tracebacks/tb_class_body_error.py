class Config:
    name = "cfg"
    size = len(name)
    limit = size / 0
