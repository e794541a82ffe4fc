package com.example;

/** Ignored: it does not implement Workflow. */
public final class NotAWorkflow {}
