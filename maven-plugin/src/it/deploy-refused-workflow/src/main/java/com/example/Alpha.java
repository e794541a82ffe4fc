package com.example;

public final class Alpha extends Hello {}
