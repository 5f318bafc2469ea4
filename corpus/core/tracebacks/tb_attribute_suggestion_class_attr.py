class Settings:
    timeout = 30
    retries = 3
print(Settings.timeot)
