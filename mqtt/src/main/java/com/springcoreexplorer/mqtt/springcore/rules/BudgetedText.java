package com.springcoreexplorer.mqtt.springcore.rules;

/** A CharSequence that stops a runaway regex: it throws once too many characters were read. */
final class BudgetedText implements CharSequence {

    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("regex budget exceeded", null, false, false);
        }
    }

    private final String text;
    private final int[] budget;
    private final int start;
    private final int end;

    BudgetedText(String text, int budget) {
        this(text, new int[] {budget}, 0, text.length());
    }

    private BudgetedText(String text, int[] budget, int start, int end) {
        this.text = text;
        this.budget = budget;
        this.start = start;
        this.end = end;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (--budget[0] < 0) {
            throw new BudgetExceeded();
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new BudgetedText(text, budget, start + from, start + to);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
