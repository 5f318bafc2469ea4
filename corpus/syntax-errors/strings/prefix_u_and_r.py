x = ur"text"
