def fetch():
    return {"items": []}
first = fetch()["items"][0]
