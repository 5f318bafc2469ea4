f(größe=1, größe=2)
