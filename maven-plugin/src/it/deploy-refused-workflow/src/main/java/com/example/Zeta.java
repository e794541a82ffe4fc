package com.example;

public final class Zeta extends Hello {}
