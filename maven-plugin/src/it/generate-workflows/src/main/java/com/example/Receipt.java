package com.example;

/** The output of Checkout. */
public record Receipt(String orderId, boolean paid) {}
