package com.example;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The input of Checkout. */
public record Order(String orderId, List<String> skus, BigDecimal total, Optional<String> note) {}
