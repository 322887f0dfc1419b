-- CreateEnum
CREATE TYPE "ListingCategory" AS ENUM ('PRODUCT', 'SERVICE', 'CAPACITY');

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "category" "ListingCategory";
