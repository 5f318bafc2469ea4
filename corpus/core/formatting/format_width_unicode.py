for word in ["a", "日本", "😀x", "naïve"]:
    print(f"|{word:<6}|{word:>6}|{word:^6}|")
print(f"{'ab':\u00b7^8}")
print(f"{12:\u2192>6}")
