x = kf"text"
