import os

def ge