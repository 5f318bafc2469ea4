x = '''
first line
\q
'''
