if x:
    @dec
