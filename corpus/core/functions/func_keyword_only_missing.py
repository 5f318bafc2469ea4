def fetch(url, *, timeout, retries=3):
    return (url, timeout, retries)
print(fetch("u", timeout=5))
print(fetch("u", 5))
