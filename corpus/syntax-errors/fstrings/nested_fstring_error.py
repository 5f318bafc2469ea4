x = f"outer {f'inner {}'}"
