x = f"""abc {1}
def
