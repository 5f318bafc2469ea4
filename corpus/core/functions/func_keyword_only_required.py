def fetch(url, *, timeout, retries=3):
    return (url, timeout, retries)
print(fetch("u", timeout=1, retries=0))
print(fetch("u"))
