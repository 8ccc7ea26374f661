package io.jianfu.app.web;

import io.jianfu.command.inspection.FindingLimits;
import io.jianfu.command.meeting.MaterialSizeLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over {@code jianfu.http.max-body-size} with 413: at once when Content-Length says so,
 * or as soon as a streamed body crosses the limit. Meeting material uploads have their own, larger limit
 * ({@link MaterialSizeLimit}), and so have inspection finding photos ({@link FindingLimits}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestSizeLimitFilter extends OncePerRequestFilter {
    private final long limit;
    private final MaterialSizeLimit materials;
    private final FindingLimits photos;
    private final ProblemWriter problems;

    public RequestSizeLimitFilter(@Value("${jianfu.http.max-body-size:2MB}") DataSize limit,
                                  MaterialSizeLimit materials, FindingLimits photos, ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.materials = materials;
        this.photos = photos;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean material = materials.appliesTo(request.getMethod(), request.getRequestURI());
        boolean photo = photos.appliesTo(request.getMethod(), request.getRequestURI());
        long allowed = material ? materials.bytes() : photo ? photos.photoMaxBytes() : limit;
        if (request.getContentLengthLong() > allowed) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, material
                    ? materials.refusal(request.getContentLengthLong())
                    : photo ? photos.refusal(request.getContentLengthLong())
                    : "The request body is larger than the limit of " + limit + " bytes.");
            return;
        }
        chain.doFilter(new Limited(request, allowed), response);
    }

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

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int read) throws PayloadTooLarge {
            count += read;
            if (count > limit) {
                throw new PayloadTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
