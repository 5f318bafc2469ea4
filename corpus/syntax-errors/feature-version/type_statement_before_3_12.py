# conform: args -m ast --feature-version 3.11
type A = int
