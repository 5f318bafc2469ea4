first = 10
second = 0
result = (first +
          first *
          2) / (second
                * 3)
