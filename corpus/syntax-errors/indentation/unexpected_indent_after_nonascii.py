café = "crème"
  brûlée = café
