package com.example;

public final class Beta extends Hello {}
