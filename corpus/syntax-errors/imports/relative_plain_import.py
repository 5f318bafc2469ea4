import ..module
