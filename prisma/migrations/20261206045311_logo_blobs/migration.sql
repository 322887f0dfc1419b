-- CreateTable
CREATE TABLE "LogoBlob" (
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LogoBlob_pkey" PRIMARY KEY ("name")
);

-- The recorded size and hash describe the bytes stored with them; a half-written row cannot pass.
ALTER TABLE "LogoBlob" ADD CONSTRAINT "LogoBlob_size_check" CHECK ("size" = octet_length("data"));
ALTER TABLE "LogoBlob" ADD CONSTRAINT "LogoBlob_sha256_check" CHECK ("sha256" = encode(sha256("data"), 'hex'));
