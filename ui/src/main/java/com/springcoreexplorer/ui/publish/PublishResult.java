package com.springcoreexplorer.ui.publish;

/**
 * What became of a publish.
 *
 * @param accepted      the broker took it
 * @param notAuthorized the broker refused it for lack of rights (PUBACK 0x87)
 * @param message       one line for the user
 */
public record PublishResult(boolean accepted, boolean notAuthorized, String message) {}
