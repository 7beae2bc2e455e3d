/* capture.h — runs a function in a child process with its stdout or stderr
 * sent into a pipe, for the C unit tests that check what a call prints or
 * how it dies (exit status and message) without ending the test itself.
 *
 *   int status;
 *   char *text = capture_fd(2, fn, arg, &status);   ... free(text);
 */
#ifndef CAPTURE_H
#define CAPTURE_H

#include <stdio.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

/* Runs fn(arg) in a child whose file descriptor fd (1 or 2) writes into a
 * pipe, and returns all that was written there, NUL-terminated (the caller
 * frees it; "" when no child could be started). The child exits with fn's
 * return value once fn returns, after flushing stdout and stderr, unless fn
 * exits first. *status gets the child's exit status, or -1 when it did not
 * exit (a signal) or could not be started. */
static inline char *capture_fd(int fd, int (*fn)(void *), void *arg, int *status)
{
    int fds[2];
    *status = -1;
    fflush(stdout); /* else the child would print the parent's pending TAP lines again */
    fflush(stderr);
    if (pipe(fds) != 0) return xstrdup("");
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return xstrdup("");
    }
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], fd);
        close(fds[1]);
        int rc = fn(arg);
        fflush(stdout);
        fflush(stderr);
        _exit(rc);
    }
    close(fds[1]);
    size_t n = 0, cap = 4096;
    char *text = xmalloc(cap);
    ssize_t got;
    while ((got = read(fds[0], text + n, cap - n - 1)) > 0)
        if ((n += (size_t)got) == cap - 1) text = xrealloc(text, cap *= 2);
    text[n] = '\0';
    close(fds[0]);
    int ws = 0;
    if (waitpid(pid, &ws, 0) == pid && WIFEXITED(ws)) *status = WEXITSTATUS(ws);
    return text;
}

#endif
