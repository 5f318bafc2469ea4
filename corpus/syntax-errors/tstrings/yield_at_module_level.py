x = t"{yield}"
