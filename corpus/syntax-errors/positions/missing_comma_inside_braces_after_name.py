x { s E }
