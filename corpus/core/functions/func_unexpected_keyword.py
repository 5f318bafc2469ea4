def connect(host, port=80):
    return host + ":" + str(port)
print(connect("h", port=8080))
print(connect("h", prot=8080))
