x = {"clé": 1, "schlüssel":}
