x: (await y)
