package org.corridor.gateway.door;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.gateway.problem.ProblemResponses;
import org.corridor.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a request body larger than the door allows (413, a problem saying the limit), before any of it is
 * forwarded: by its declared length at once, and a body sent without a length (chunked) is cut off where it passes
 * the limit, so the service never receives it whole. File uploads have a limit of their own.
 */
public final class RequestSizeFilter extends OncePerRequestFilter {

    private final DoorProperties door;
    private final ProblemResponses problems;
    private final AntPathMatcher paths = new AntPathMatcher();

    public RequestSizeFilter(DoorProperties door, ProblemResponses problems) {
        this.door = door;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            problems.write(request, response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large",
                    "This request is " + declared + " bytes; the most this address takes is " + limit.toBytes()
                            + " bytes (" + readable(limit) + "). Send a smaller body"
                            + (isUpload(request.getRequestURI()) ? ", or split the file into parts." : ".")));
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit.toBytes()) : request, response);
    }

    DataSize limitFor(String path) {
        return isUpload(path) ? door.maxUpload() : door.maxBody();
    }

    private boolean isUpload(String path) {
        return door.uploadPaths().stream().anyMatch(pattern -> paths.match(pattern, path));
    }

    private static String readable(DataSize size) {
        return size.toMegabytes() >= 1 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    /** A body of unknown length, read through a counter that fails the read once the limit is passed. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("request body passed the limit of " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
