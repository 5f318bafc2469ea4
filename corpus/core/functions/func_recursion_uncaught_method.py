# conform: skip-pyodide recursion limit traceback counts differ under the Pyodide harness
class Node:
    def size(self):
        return 1 + self.size()
Node().size()
